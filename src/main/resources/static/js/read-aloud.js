// Préau diary, pupils of the primary school: a "Listen" button beside each homework, only
// when the browser can speak (speechSynthesis). The page works without it.
(function () {
  'use strict';

  function setUp() {
    var page = document.querySelector('.young[data-read-label]');
    if (!page || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') {
      return;
    }
    page.querySelectorAll('.read-aloud-slot[data-say]:not([data-ready])').forEach(function (slot) {
      slot.setAttribute('data-ready', '');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button read-aloud';
      button.textContent = page.getAttribute('data-read-label');
      button.addEventListener('click', function () {
        window.speechSynthesis.cancel();
        var utterance = new SpeechSynthesisUtterance(slot.getAttribute('data-say'));
        utterance.lang = document.documentElement.lang || 'fr';
        utterance.rate = 0.9;
        window.speechSynthesis.speak(utterance);
      });
      slot.appendChild(button);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
  document.addEventListener('htmx:afterSettle', setUp);
})();
