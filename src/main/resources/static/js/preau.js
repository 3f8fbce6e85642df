// Préau: small progressive enhancements. Every page works without this file.
(function () {
  'use strict';

  function cookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : null;
  }

  // htmx requests carry the CSRF token from the XSRF-TOKEN cookie.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = cookie('XSRF-TOKEN');
    if (token) {
      event.detail.headers['X-XSRF-TOKEN'] = token;
    }
  });

  // Menus (details/summary): Escape closes the open one and gives focus back to its button;
  // opening one closes the others; a click outside closes them all.
  function closeMenus(except) {
    document.querySelectorAll('details.menu[open]').forEach(function (menu) {
      if (menu !== except) {
        menu.removeAttribute('open');
      }
    });
  }

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    var open = document.activeElement && document.activeElement.closest('details.menu[open]');
    if (open) {
      open.removeAttribute('open');
      open.querySelector('summary').focus();
    }
  });

  document.addEventListener('click', function (event) {
    var menu = event.target.closest('details.menu');
    closeMenus(menu);
  });

  // Print buttons (the browser's own print menu works without this).
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });

  // An out-of-band swap that would put back the very same element is skipped: a status line
  // polled every few seconds (the report of an import) then speaks only when it changes.
  document.addEventListener('htmx:oobBeforeSwap', function (event) {
    var fragment = event.detail.fragment;
    var incoming = fragment.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? fragment.firstElementChild : fragment;
    if (incoming && incoming.isEqualNode(event.detail.target)) {
      event.detail.shouldSwap = false;
    }
  });

  // After an htmx navigation, move focus to the main content for screen readers, or leave it
  // where the new page asks for it (autofocus: the first field in error, a message after saving).
  document.addEventListener('htmx:afterSettle', function (event) {
    if (event.detail.boosted) {
      var main = document.getElementById('main');
      var wanted = main && main.querySelector('[autofocus]');
      if (wanted) {
        wanted.focus();
      } else if (main) {
        main.focus();
      }
    }
  });
})();
