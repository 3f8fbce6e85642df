// Préau timeline: the header's unread count kept up to date by Server-Sent Events. Without
// this file (or without EventSource) the count is the one rendered with the page.
(function () {
  'use strict';

  var ANNOUNCE_AFTER_MS = 8000; // screen readers hear a settled count, not every change
  var source = null;
  var announceTimer = null;
  var announced = null;
  var latest = null;

  function bell() {
    return document.getElementById('timeline-bell');
  }

  function show(data) {
    var link = bell();
    var count = document.getElementById('timeline-unread');
    var label = document.getElementById('timeline-unread-label');
    if (!link || !count || !label) {
      return;
    }
    link.setAttribute('data-unread', String(data.count));
    link.setAttribute('data-live', 'on');
    count.textContent = String(data.count);
    count.classList.toggle('is-zero', data.count === 0);
    label.textContent = data.label;
  }

  function announce() {
    announceTimer = null;
    var live = document.getElementById('timeline-live');
    if (live && latest && latest.count !== announced && latest.count > 0) {
      live.textContent = latest.label;
    }
    announced = latest ? latest.count : announced;
  }

  function received(event) {
    var data;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    var first = latest === null;
    var grew = latest !== null && data.count > latest.count;
    latest = data;
    show(data);
    if (first) {
      announced = data.count;
    } else if (grew && announceTimer === null) {
      announceTimer = window.setTimeout(announce, ANNOUNCE_AFTER_MS);
    } else if (!grew) {
      announced = data.count; // the person read or hid some: nothing to say
    }
  }

  function connect() {
    var link = bell();
    if (!link) {
      if (source) {
        source.close();
        source = null;
      }
      return;
    }
    if (source || !window.EventSource || !link.getAttribute('data-stream')) {
      return;
    }
    source = new EventSource(link.getAttribute('data-stream'));
    source.addEventListener('unread', received);
    source.addEventListener('end', function () {
      source.close(); // logged out, or too many tabs open: this one keeps the page's count
      source = null;
    });
    source.addEventListener('error', function () {
      if (source && source.readyState === EventSource.CLOSED) {
        source = null; // logged out, or the server refused: the page's own count stays
      }
    });
  }

  document.addEventListener('DOMContentLoaded', connect);
  document.addEventListener('htmx:load', connect);
  window.addEventListener('pageshow', connect);
  window.addEventListener('pagehide', function () {
    if (source) {
      source.close();
      source = null;
    }
  });
})();
