// Writes the golden outputs of face-api itself for the engine's parity tests:
//   node make-fixtures.js [FACES_DIR] [OUT_JSON] [DECODED_DIR]
// FACES_DIR defaults to ../../../shared/data/faces (every PNG and JPEG in it and in its person
// folders); OUT_JSON to the engine's test resources. Runs face-api 1.7.15 on tfjs 4.22.0's wasm
// backend (no native runtime, no network). PNGs are decoded with pngjs. JPEG decoders differ by a
// grey level here and there, enough to move a box by pixels, so a JPEG is read from the lossless PNG
// the engine's own decoder made of it, DECODED_DIR/<name>.png (default
// ../../engine/target/face-reference-decoded, written by `./mvnw -pl engine test-compile` then
// `java -cp ... mx.huella.engine.face.DecodedJpegWriter`; see README.md here); without it, jpeg-js.
// Each case records the SHA-256 of the RGB it ran on, which the Java test checks.
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const tf = require('@tensorflow/tfjs');
const wasm = require('@tensorflow/tfjs-backend-wasm');
const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js');
const { PNG } = require('pngjs');
const jpeg = require('jpeg-js');

const facesDir = path.resolve(process.argv[2] || path.join(__dirname, '../../../shared/data/faces'));
const outFile = path.resolve(process.argv[3]
  || path.join(__dirname, '../../engine/src/test/resources/mx/huella/engine/face/faces-reference.json'));
const decodedDir = path.resolve(process.argv[4] || path.join(__dirname, '../../engine/target/face-reference-decoded'));

function decode(file, name) {
  const decoded = path.join(decodedDir, name + '.png');
  if (!/\.png$/i.test(file) && fs.existsSync(decoded)) {
    return { ...decode(decoded, name + '.png'), decoder: 'huella FacePhotoDecoder (lossless copy)' };
  }
  const bytes = fs.readFileSync(file);
  let width, height, rgba;
  if (/\.png$/i.test(file)) {
    const png = PNG.sync.read(bytes);
    ({ width, height } = png);
    rgba = png.data;
  } else {
    const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
    ({ width, height } = image);
    rgba = image.data;
  }
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; i < width * height; i++) {
    rgb[j++] = rgba[4 * i];
    rgb[j++] = rgba[4 * i + 1];
    rgb[j++] = rgba[4 * i + 2];
  }
  return { width, height, rgb, decoder: /\.png$/i.test(file) ? 'pngjs' : 'jpeg-js' };
}

function images(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...images(full));
    } else if (/\.(png|jpe?g)$/i.test(entry.name)) {
      found.push(full);
    }
  }
  return found;
}

const round = (x) => Number(x.toPrecision(9));
const box = (b) => [b.x, b.y, b.width, b.height].map(round);

async function main() {
  wasm.setWasmPaths(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')) + '/dist/');
  await tf.setBackend('wasm');
  await tf.ready();
  const modelDir = path.join(path.dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
  await faceapi.nets.tinyFaceDetector.loadFromDisk(modelDir);
  await faceapi.nets.faceLandmark68Net.loadFromDisk(modelDir);
  await faceapi.nets.faceRecognitionNet.loadFromDisk(modelDir);
  const options = new faceapi.TinyFaceDetectorOptions({ inputSize: 416, scoreThreshold: 0.5 });

  const cases = {};
  for (const file of images(facesDir)) {
    const name = path.relative(facesDir, file).split(path.sep).join('/');
    const { width, height, rgb, decoder } = decode(file, name);
    const input = tf.tensor3d(rgb, [height, width, 3], 'int32');
    const results = await faceapi.detectAllFaces(input, options).withFaceLandmarks().withFaceDescriptors();
    const faces = results.map((r) => ({
      score: round(r.detection.score),
      box: box(r.detection.box),
      landmarks: r.landmarks.positions.map((p) => [round(p.x), round(p.y)]),
      dlibAlignRect: box(r.landmarks.align()),
      descriptor: Array.from(r.descriptor, round),
    }));
    const entry = {
      image: name,
      width,
      height,
      decoder,
      rgbSha256: crypto.createHash('sha256').update(rgb).digest('hex'),
      faces,
    };
    if (width === 150 && height === 150) {
      // The verification crops are ready faces: also the descriptor of the whole crop.
      const descriptor = await faceapi.nets.faceRecognitionNet.computeFaceDescriptor(input);
      entry.cropDescriptor = Array.from(descriptor, round);
    }
    input.dispose();
    cases[name] = entry;
    console.error(`${name}: ${faces.length} face(s)`);
  }
  const out = {
    generator: 'scripts/face-reference/make-fixtures.js',
    faceapi: require('@vladmandic/face-api/package.json').version,
    tfjs: require('@tensorflow/tfjs/package.json').version,
    backend: tf.getBackend(),
    detector: { net: 'tinyFaceDetector', inputSize: 416, scoreThreshold: 0.5 },
    cases,
  };
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(out) + '\n');
  console.error(`wrote ${Object.keys(cases).length} cases to ${outFile}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
