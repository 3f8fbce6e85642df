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

  // Home page widgets (home page feature): each block loads its module's fragment with htmx
  // (timeout set on the block). A block whose module fails, cannot be reached or is too slow
  // shows a short message and a retry button; the link to its application stays.
  function widgetFailed(event) {
    var elt = event.detail && event.detail.elt;
    var body = elt && elt.closest ? elt.closest('.widget-body') : null;
    var template = document.getElementById('widget-failed');
    if (!body || !template) {
      return;
    }
    var content = template.content.cloneNode(true);
    if (body.dataset.appUrl) {
      var paragraph = document.createElement('p');
      var link = document.createElement('a');
      link.href = body.dataset.appUrl;
      link.textContent = body.dataset.appLabel;
      paragraph.className = 'widget-fallback';
      paragraph.appendChild(link);
      content.appendChild(paragraph);
    }
    body.replaceChildren(content);
    body.classList.add('is-failed');
  }
  ['htmx:responseError', 'htmx:sendError', 'htmx:timeout'].forEach(function (name) {
    document.addEventListener(name, widgetFailed);
  });
  document.addEventListener('click', function (event) {
    var retry = event.target.closest('[data-widget-retry]');
    var body = retry && retry.closest('.widget-body');
    if (body && window.htmx) {
      body.classList.remove('is-failed');
      window.htmx.trigger(body, 'preau:retry');
    }
  });
})();
