// Face capture with the browser camera: the face tile's "use camera" button opens the camera in the
// tile, "take photo" sends one JPEG frame to the same endpoint as an uploaded photo, and the tile and
// the progress line are replaced with the answer, as htmx does for uploads. A form marked
// data-camera-field instead gets the frame in that file field and is submitted as it is.
(function () {
  'use strict';

  function csrf(form) {
    const field = form.querySelector('input[name="_csrf"]');
    return field ? { name: field.name, value: field.value } : null;
  }

  function box(button) {
    return button.closest('.tile, [data-camera-field]');
  }

  async function open(button) {
    const tile = box(button);
    const video = tile.querySelector('video');
    const take = tile.querySelector('[data-camera-take]');
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: false });
      video.srcObject = stream;
      video.hidden = false;
      take.hidden = false;
      button.hidden = true;
      await video.play();
    } catch (error) {
      tile.querySelector('[data-camera-error]').hidden = false;
    }
  }

  function take(button) {
    const tile = box(button);
    const video = tile.querySelector('video');
    const form = tile.matches('form') ? tile : tile.querySelector('form');
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d').drawImage(video, 0, 0);
    video.srcObject.getTracks().forEach(track => track.stop());
    canvas.toBlob(async blob => {
      if (form.dataset.cameraField) {
        const files = new DataTransfer();
        files.items.add(new File([blob], 'camera.jpg', { type: 'image/jpeg' }));
        form.querySelector('input[name="' + form.dataset.cameraField + '"]').files = files.files;
        form.submit();
        return;
      }
      const body = new FormData();
      body.append('sample', blob, 'camera.jpg');
      const token = csrf(form);
      if (token) {
        body.append(token.name, token.value);
      }
      const response = await fetch(form.getAttribute('action'), { method: 'POST', body, credentials: 'same-origin' });
      const answer = new DOMParser().parseFromString(await response.text(), 'text/html');
      const newTile = answer.getElementById(tile.id);
      const summary = answer.getElementById('progress-summary');
      if (newTile) {
        tile.replaceWith(newTile);
        if (window.htmx) {
          window.htmx.process(newTile);
        }
      }
      const current = document.getElementById('progress-summary');
      if (summary && current) {
        current.replaceWith(summary);
      }
    }, 'image/jpeg', 0.92);
  }

  document.addEventListener('click', event => {
    const opener = event.target.closest('[data-camera-open]');
    if (opener) {
      open(opener);
      return;
    }
    const taker = event.target.closest('[data-camera-take]');
    if (taker) {
      take(taker);
    }
  });
})();
