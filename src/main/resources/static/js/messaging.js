// Préau messaging: the formatting editor of the compose page. Without this file the body is a
// plain textarea (its text is escaped on the server); with it, a contenteditable area whose
// HTML goes back in the textarea (sanitized on the server) with format=html.
(function () {
  'use strict';

  function escapeText(text) {
    var div = document.createElement('div');
    div.textContent = text;
    return div.innerHTML.replace(/\n/g, '<br>');
  }

  function initEditor(root) {
    var editor = root.querySelector ? root.querySelector('#body-editor') : null;
    if (!editor || editor.dataset.ready) {
      return;
    }
    var textarea = document.getElementById('body');
    var format = document.getElementById('body-format');
    var toolbar = document.querySelector('.editor-toolbar');
    var source = document.getElementById('body-html');
    editor.dataset.ready = 'true';
    editor.innerHTML = source ? source.innerHTML : escapeText(textarea.value);
    function sync() {
      textarea.value = editor.innerHTML;
      format.value = 'html';
    }
    sync();
    editor.addEventListener('input', sync);
    textarea.hidden = true;
    editor.hidden = false;
    toolbar.hidden = false;
    // A reply or a forward is typed above the quote: the caret starts in the paragraph before it.
    function caretAboveQuote() {
      var first = editor.firstElementChild;
      if (!first || first.tagName !== 'P' || !first.nextElementSibling
          || first.nextElementSibling.tagName !== 'BLOCKQUOTE') {
        return;
      }
      var selection = window.getSelection();
      if (selection.rangeCount && editor.contains(selection.getRangeAt(0).startContainer)
          && !first.nextElementSibling.contains(selection.getRangeAt(0).startContainer)) {
        return;
      }
      var range = document.createRange();
      range.setStart(first, 0);
      range.collapse(true);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    var placed = false;
    editor.addEventListener('focus', function () {
      if (!placed) {
        placed = true;
        caretAboveQuote();
      }
    });
    document.querySelector('label[for="body"]').addEventListener('click', function () {
      editor.focus();
    });
    // a reply or a forward opens ready to type: the editor takes the focus (after an htmx
    // navigation, preau.js gives it to [autofocus]), the caret above the quote
    if (editor.querySelector('blockquote') && !document.querySelector('#main [autofocus]')) {
      editor.setAttribute('autofocus', '');
      editor.focus();
    }
    // choosing a file is no reason to save the draft (htmx listens to changes on the form):
    // "Joindre" saves it with the file
    var files = document.getElementById('files');
    if (files) {
      files.addEventListener('change', function (event) {
        event.stopPropagation();
      });
    }
    // a press on a toolbar button keeps the focus and the selection in the text
    toolbar.addEventListener('mousedown', function (event) {
      if (event.target.closest('button')) {
        event.preventDefault();
      }
    });
    toolbar.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-command]');
      if (!button) {
        return;
      }
      var command = button.dataset.command;
      var value = null;
      if (command === 'createLink') {
        value = window.prompt(button.dataset.prompt, 'https://');
        if (!value) {
          return;
        }
      }
      editor.focus();
      document.execCommand(command, false, value);
      sync();
      editor.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  // Enter in the recipient search runs the search instead of submitting the whole form.
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.id === 'picker-q') {
      event.preventDefault();
      event.target.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    initEditor(document);
  });
  document.addEventListener('htmx:load', function (event) {
    initEditor(document);
  });
})();
