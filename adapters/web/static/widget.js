// The Luotsi embed: <script src="https://HOST/widget.js" data-lang="fi" defer></script> adds a chat button and panel.
// Plain browser JavaScript on purpose: it runs on municipal sites we do not control, with no build step.
(function () {
  'use strict';
  if (window.__luotsiWidget) return;
  window.__luotsiWidget = true;

  var script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  var origin = new URL(script && script.src ? script.src : '/widget.js', location.href).origin;
  var requested = ((script && script.getAttribute('data-lang')) || document.documentElement.lang || 'fi').slice(0, 2).toLowerCase();
  var lang = requested === 'sv' || requested === 'en' ? requested : 'fi';
  var locale = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-US' }[lang];

  // The server writes the texts of locales/{fi,sv,en}/web.json here; served unfilled, the widget stays away.
  var TEXTS = /*texts*/null;
  var T = TEXTS && TEXTS[lang];
  if (!T) return;

  // Colours checked against WCAG 2.1 AA (4.5:1 for text, 3:1 for controls) on white.
  var styleOptions = {
    accent: '#0b4f9c',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    bubbleBackground: '#f1f3f5',
    bubbleTextColor: '#1a1a1a',
    bubbleBorderColor: '#c9ced4',
    bubbleBorderWidth: 1,
    bubbleBorderRadius: 8,
    bubbleFromUserBackground: '#0b4f9c',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderColor: '#0b4f9c',
    bubbleFromUserBorderRadius: 8,
    sendBoxButtonColor: '#0b4f9c',
    sendBoxButtonColorOnHover: '#083b75',
    sendBoxTextColor: '#1a1a1a',
    sendBoxPlaceholderColor: '#595959',
    sendBoxBorderTop: 'solid 1px #6b7280',
    subtle: '#595959',
    timestampColor: '#595959',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#0b4f9c',
    suggestedActionBorderWidth: 2,
    suggestedActionTextColor: '#0b4f9c',
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 40,
    cardEmphasisBackgroundColor: '#f1f3f5',
    hideUploadButton: true,
    hideTelephoneKeypadButton: true,
    botAvatarInitials: 'L',
    avatarSize: 36,
    botAvatarBackgroundColor: '#0b4f9c',
    transcriptVisualKeyboardIndicatorColor: '#1a1a1a',
    transcriptActivityVisualKeyboardIndicatorColor: '#1a1a1a',
    transitionDuration: '0s',
  };

  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = origin + '/static/widget.css';
  document.head.appendChild(css);

  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'luotsi-launcher';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'luotsi-panel');
  button.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg>';
  var label = document.createElement('span');
  label.textContent = T.open;
  button.appendChild(label);

  var panel = document.createElement('section');
  panel.id = 'luotsi-panel';
  panel.className = 'luotsi-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'false');
  panel.setAttribute('aria-labelledby', 'luotsi-title');
  panel.setAttribute('lang', lang);
  panel.hidden = true;

  var head = document.createElement('div');
  head.className = 'luotsi-head';
  var title = document.createElement('h2');
  title.id = 'luotsi-title';
  title.textContent = T.title;
  var close = document.createElement('button');
  close.type = 'button';
  close.className = 'luotsi-close';
  close.setAttribute('aria-label', T.close);
  close.innerHTML = '<span aria-hidden="true">×</span>';
  head.appendChild(title);
  head.appendChild(close);

  var chat = document.createElement('div');
  chat.className = 'luotsi-chat';
  var status = document.createElement('p');
  status.className = 'luotsi-status';
  status.setAttribute('role', 'status');
  chat.appendChild(status);

  var note = document.createElement('p');
  note.className = 'luotsi-note';
  note.appendChild(document.createTextNode(T.note + ' '));
  var privacy = document.createElement('a');
  privacy.href = origin + '/privacy?lang=' + lang;
  privacy.target = '_blank';
  privacy.rel = 'noopener';
  privacy.textContent = T.privacy;
  note.appendChild(privacy);

  panel.appendChild(head);
  panel.appendChild(chat);
  panel.appendChild(note);

  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(button);
  }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);

  var started = null;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      if (window.WebChat) return resolve();
      var s = document.createElement('script');
      s.src = src;
      s.async = true;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error('webchat bundle')); };
      document.head.appendChild(s);
    });
  }

  // A conversation lives for the browser tab (sessionStorage), so moving between pages keeps it.
  var SESSION_KEY = 'luotsi.directline';
  function savedSession() {
    try {
      var s = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      if (s && s.token && s.conversationId && s.lang === lang && Date.now() - s.at < 20 * 60 * 1000) return s;
    } catch (e) { /* storage blocked: start fresh */ }
    return null;
  }
  function saveSession(s) {
    try { sessionStorage.setItem(SESSION_KEY, JSON.stringify(s)); } catch (e) { /* storage blocked */ }
  }

  function newToken() {
    return fetch(origin + '/v3/directline/tokens/generate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: locale }),
    }).then(function (r) {
      if (!r.ok) throw new Error('token ' + r.status);
      return r.json();
    });
  }

  function startChat() {
    if (started) return started;
    status.textContent = T.loading;
    started = Promise.all([loadScript(origin + '/webchat.js'), Promise.resolve(savedSession())])
      .then(function (results) {
        var resumed = results[1];
        return (resumed ? Promise.resolve(resumed) : newToken()).then(function (t) {
          var options = { domain: origin + '/v3/directline', token: t.token, webSocket: false, conversationStartProperties: { locale: locale } };
          if (resumed) { options.conversationId = t.conversationId; options.watermark = '0'; }
          var directLine = window.WebChat.createDirectLine(options);
          saveSession({ token: t.token, conversationId: t.conversationId, lang: lang, at: resumed ? resumed.at : Date.now() });
          chat.removeChild(status);
          window.WebChat.renderWebChat({ directLine: directLine, locale: locale, styleOptions: styleOptions }, chat);
        });
      })
      .catch(function () {
        started = null;
        status.textContent = T.failed;
      });
    return started;
  }

  function focusInput() {
    // The send box, not an input inside a card.
    var input = panel.querySelector('.webchat__send-box-text-box__input') || panel.querySelector('input[type="text"], textarea');
    if (input) input.focus(); else close.focus();
  }

  function open() {
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    close.focus();
    startChat().then(function () { setTimeout(focusInput, 50); });
  }

  function hide() {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }

  button.addEventListener('click', function () { if (panel.hidden) open(); else hide(); });
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !e.defaultPrevented) { e.stopPropagation(); hide(); }
  });
})();
