/*
 * Editio — the few things a document page does with JavaScript. The page
 * works without it: note popovers are shown by the CSS, every paragraph
 * has its permalink (a.pn), the citation of the document stands in
 * section#cite-this. This script only adds:
 *
 *  - Escape hides the note popover that is open (WCAG 1.4.13), and a
 *    popover is moved towards its call where the column leaves room;
 *  - a button.cite-button after each paragraph number, opening
 *    dialog#cite-dialog with the paragraph's permalink and citation.
 *
 * No label table here: the words come from the page (the dialog's labels
 * and data-* attributes, the parts of #cite-this), in its language.
 * No request leaves the page; nothing is stored.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------- popovers

  function popoverOf(call) {
    var id = call && call.getAttribute('aria-describedby');
    return id ? document.getElementById(id) : null;
  }

  function callOf(popover) {
    var sup = popover.previousElementSibling;
    return sup ? sup.querySelector('a[role="doc-noteref"]') : null;
  }

  function isShown(el) {
    return window.getComputedStyle(el).display !== 'none';
  }

  // Under its call's line, as far right as the call while it fits in the
  // positioned block (the CSS puts it at the block's left edge).
  function place(popover) {
    var call = callOf(popover);
    var box = popover.offsetParent;
    if (!call || !box || !isShown(popover)) return;
    popover.style.left = '';
    var width = popover.offsetWidth;
    var room = box.clientWidth - width;
    if (room <= 0) return;
    var shift = call.getBoundingClientRect().left - box.getBoundingClientRect().left - 24;
    popover.style.left = Math.max(0, Math.min(room, Math.round(shift))) + 'px';
  }

  function noteEnter(event) {
    var sup = event.target.closest ? event.target.closest('.noteref-sup') : null;
    if (!sup) return;
    if (event.type === 'mouseover' && event.relatedTarget && sup.contains(event.relatedTarget)) return;
    var popover = popoverOf(sup.querySelector('a[role="doc-noteref"]'));
    if (!popover) return;
    popover.classList.remove('note-popover-dismissed');
    place(popover);
  }

  document.addEventListener('mouseover', noteEnter);
  document.addEventListener('focusin', noteEnter);

  // A call that is followed to its endnote keeps the focus: its popover
  // would stay open where the reader no longer is.
  document.addEventListener('click', function (event) {
    var call = event.target.closest ? event.target.closest('a[role="doc-noteref"]') : null;
    var popover = popoverOf(call);
    if (popover) popover.classList.add('note-popover-dismissed');
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' && event.key !== 'Esc') return;
    var dialog = document.getElementById('cite-dialog');
    if (dialog && dialog.hasAttribute('open')) return;  // the dialog closes itself
    var popovers = document.querySelectorAll('.note-popover');
    for (var i = 0; i < popovers.length; i++) {
      if (isShown(popovers[i])) popovers[i].classList.add('note-popover-dismissed');
    }
  });

  // ------------------------------------------------------- citing a paragraph

  var dialog = document.getElementById('cite-dialog');
  var citation = document.getElementById('cite-this');
  if (!dialog || !citation) return;

  var permalink = document.getElementById('cite-permalink');
  var text = document.getElementById('cite-text');
  var status = dialog.querySelector('.cite-status');
  var copyButton = dialog.querySelector('.cite-copy');
  var closeButton = dialog.querySelector('.cite-close');
  var opener = null;

  function part(name) {
    var el = citation.querySelector('.' + name);
    return el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
  }
  // The document's citation, "base" + ", ¶ N" + "sep" + permalink + "end";
  // sep keeps its spaces (", " or ". URL: ").
  var base = part('cite-base');
  var sepEl = citation.querySelector('.cite-sep');
  var sep = sepEl ? sepEl.textContent.replace(/\s+/g, ' ') : ', ';
  var end = part('cite-end');
  var buttonLabel = dialog.getAttribute('data-button-label') || '';

  // A paragraph's permalink: the page's canonical address (the edition's
  // base_url) when it has one, so that a citation made from any copy of the
  // page names the published one; else the address the page was opened at.
  var canonical = document.querySelector('link[rel="canonical"]');
  function addressOf(id) {
    var page = canonical && canonical.href ? canonical.href : window.location.href;
    return page.replace(/#.*$/, '') + '#' + id;
  }

  function openDialog(button) {
    var para = button.closest('.para');
    if (!para || !para.id) return;
    var n = button.getAttribute('data-n');
    var link = addressOf(para.id);
    permalink.value = link;
    text.textContent = base + ', ¶\u00a0' + n + sep + link + end;
    status.textContent = '';
    opener = button;
    button.setAttribute('aria-expanded', 'true');
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    permalink.focus();
    permalink.select();
  }

  function closeDialog() {
    if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    else { dialog.removeAttribute('open'); closed(); }
  }

  function closed() {
    if (opener) {
      opener.setAttribute('aria-expanded', 'false');
      opener.focus();
    }
    opener = null;
  }

  dialog.addEventListener('close', closed);
  dialog.addEventListener('keydown', function (event) {
    // without showModal (no native Escape) and to be sure of the focus
    if (event.key === 'Escape' || event.key === 'Esc') {
      event.preventDefault();
      closeDialog();
    }
  });
  // a click on the backdrop (the dialog element itself, outside its box)
  dialog.addEventListener('click', function (event) {
    if (event.target !== dialog) return;
    var r = dialog.getBoundingClientRect();
    if (event.clientX < r.left || event.clientX > r.right || event.clientY < r.top || event.clientY > r.bottom) closeDialog();
  });
  closeButton.addEventListener("click", closeDialog);

  function selectText() {
    var range = document.createRange();
    range.selectNodeContents(text);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  copyButton.addEventListener('click', function () {
    var value = text.textContent;
    var copied = dialog.getAttribute('data-copied') || '';
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      navigator.clipboard.writeText(value).then(function () {
        status.textContent = copied;
      }, function () {
        selectText();
      });
    } else {
      selectText();
      try {
        if (document.execCommand('copy')) status.textContent = copied;
      } catch (e) { /* the text stays selected for the reader to copy */ }
    }
  });

  // One button per numbered paragraph, after its number.
  var numbers = document.querySelectorAll('.tei-text .para[id] > a.pn');
  for (var i = 0; i < numbers.length; i++) {
    var pn = numbers[i];
    var n = pn.textContent.replace(/^\s*¶\s*/, '').trim();
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite-button';
    button.setAttribute('data-n', n);
    button.setAttribute('aria-label', buttonLabel + ' ' + n);
    button.title = buttonLabel + ' ' + n;
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.textContent = '\u201C\u201D';
    button.addEventListener('click', function (event) { openDialog(event.currentTarget); });
    pn.parentNode.insertBefore(button, pn.nextSibling);
  }
}());
