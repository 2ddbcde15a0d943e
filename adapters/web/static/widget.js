// The Luotsi embed: <script src="https://HOST/widget.js" data-lang="fi" defer></script> adds a chat button and panel.
// Plain browser JavaScript on purpose: it runs on municipal sites we do not control, with no build step.
(function () {
  'use strict';
  if (window.__luotsiWidget) return;
  window.__luotsiWidget = true;

  var script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  function attr(name) { return script ? script.getAttribute(name) : null; }
  var origin = new URL(script && script.src ? script.src : '/widget.js', location.href).origin;
  var LOCALES = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-US' };
  function langOf(value) {
    var code = String(value || '').slice(0, 2).toLowerCase();
    return LOCALES[code] ? code : null;
  }
  var pageLang = langOf(attr('data-lang')) || langOf(document.documentElement.lang) || 'fi';

  // The server writes the texts of locales/{fi,sv,en}/web.json here; served unfilled, the widget stays away.
  var TEXTS = /*texts*/null;
  if (!TEXTS || !TEXTS[pageLang]) return;
  // The Web Chat bundle's content-hashed address, written by the server (adapters/web/bundle.ts).
  var BUNDLE_URL = origin + /*bundle*/'/webchat.js';

  // ---- Options, as data- attributes on the script tag ----
  // data-transport: how the bot's replies reach the browser. 'auto' (the default): the Direct Line WebSocket stream when
  // the server offers one (a streamUrl in its answer about the conversation), polling otherwise. 'polling': always poll.
  var TRANSPORT = attr('data-transport') === 'polling' ? 'polling' : 'auto';
  // data-preload: 'idle' (the default): once the page is idle, fetch the Web Chat bundle (0.6 MB) into the browser's cache
  // so the chat opens fast, unless the visitor's browser asks to save data. 'intent': only when the pointer or the
  // keyboard reaches the button.
  var PRELOAD = attr('data-preload') === 'intent' ? 'intent' : 'idle';

  // The phone layout: the panel fills the screen (widget.css uses the same query).
  var fullScreen = window.matchMedia('(max-width: 30rem), (max-height: 30rem)');

  // ---- The conversation, kept for the browser tab (sessionStorage): other pages of the site, in any language, resume it ----
  var SESSION_KEY = 'luotsi.directline';
  function tokenExpiry(token, savedAt) {
    try {
      var exp = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).exp;
      if (typeof exp === 'number') return exp * 1000;
    } catch (e) { /* not a JWT: assume the usual lifetime */ }
    return savedAt + 25 * 60 * 1000;
  }
  function readSession() {
    try {
      var s = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      if (s && typeof s.token === 'string' && typeof s.conversationId === 'string' && typeof s.at === 'number'
        && tokenExpiry(s.token, s.at) - Date.now() > 60 * 1000) return s;
    } catch (e) { /* storage blocked or garbled: start fresh */ }
    return null;
  }
  var session = readSession();
  function saveSession(patch) {
    // Only a whole conversation is started from scratch; a dropped one is not brought back by a later detail.
    if (!session && !patch.conversationId) return;
    session = Object.assign({}, session || {}, patch);
    try { sessionStorage.setItem(SESSION_KEY, JSON.stringify(session)); } catch (e) { /* storage blocked */ }
  }
  function dropSession() {
    session = null;
    try { sessionStorage.removeItem(SESSION_KEY); } catch (e) { /* storage blocked */ }
  }

  // The panel speaks the conversation's language, which the bot's replies carry (activity.locale); the button, part of
  // the page, speaks the page's.
  var convLang = (session && langOf(session.lang)) || pageLang;
  function T() { return TEXTS[convLang] || TEXTS[pageLang]; }

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
    bubbleMinWidth: 0,
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
    avatarSize: 32,
    botAvatarBackgroundColor: '#0b4f9c',
    transcriptVisualKeyboardIndicatorColor: '#1a1a1a',
    transcriptActivityVisualKeyboardIndicatorColor: '#1a1a1a',
    transitionDuration: '0s',
    // A reply longer than the view (results) stops scrolling when its first activity reaches the top, instead of
    // running on to the last question and leaving the first result above the view.
    autoScrollSnapOnPage: true,
  };

  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = origin + '/static/widget.css';
  document.head.appendChild(css);

  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'luotsi-launcher';
  button.setAttribute('lang', pageLang);
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'luotsi-panel');
  button.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg>';
  var label = document.createElement('span');
  label.textContent = TEXTS[pageLang].open;
  button.appendChild(label);

  var panel = document.createElement('section');
  panel.id = 'luotsi-panel';
  panel.className = 'luotsi-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'luotsi-title');
  panel.hidden = true;

  var head = document.createElement('div');
  head.className = 'luotsi-head';
  var title = document.createElement('h2');
  title.id = 'luotsi-title';
  // Focused when the panel opens on a phone: the screen reader names the chat, and no on-screen keyboard pops up.
  title.tabIndex = -1;
  var close = document.createElement('button');
  close.type = 'button';
  close.className = 'luotsi-close';
  close.innerHTML = '<span aria-hidden="true">×</span>';
  head.appendChild(title);
  head.appendChild(close);

  var chat = document.createElement('div');
  chat.className = 'luotsi-chat';
  var status = document.createElement('p');
  status.className = 'luotsi-status';
  status.setAttribute('role', 'status');
  var statusKey = null;
  chat.appendChild(status);

  var note = document.createElement('p');
  note.className = 'luotsi-note';
  var noteText = document.createTextNode('');
  var privacy = document.createElement('a');
  privacy.target = '_blank';
  privacy.rel = 'noopener';
  note.appendChild(noteText);
  note.appendChild(privacy);

  // Web Chat draws into `chat`; on a slow connection the widget's own view of the conversation (below) covers it until
  // Web Chat is ready.
  var body = document.createElement('div');
  body.className = 'luotsi-body';
  body.appendChild(chat);

  panel.appendChild(head);
  panel.appendChild(body);
  panel.appendChild(note);

  function setStatus(key) {
    statusKey = key;
    status.textContent = key ? T()[key] : '';
    if (key && !status.parentNode) chat.insertBefore(status, chat.firstChild);
    if (!key && status.parentNode) status.parentNode.removeChild(status);
  }

  /** The panel's language attribute and texts in the conversation's language. */
  function applyTexts() {
    var t = T();
    panel.setAttribute('lang', convLang);
    title.textContent = t.title;
    close.setAttribute('aria-label', t.close);
    noteText.nodeValue = t.note + ' ';
    privacy.textContent = t.privacy;
    privacy.href = origin + '/privacy?lang=' + convLang;
    if (statusKey) status.textContent = t[statusKey];
  }
  applyTexts();

  function applyLayout() {
    // Filling a phone's screen the panel is modal; beside a desktop page it is not.
    panel.setAttribute('aria-modal', fullScreen.matches ? 'true' : 'false');
  }
  applyLayout();
  if (fullScreen.addEventListener) fullScreen.addEventListener('change', applyLayout);

  // ---- The Web Chat bundle: fetched ahead into the cache when the page is idle, loaded when the panel opens ----
  var warming = null;
  function warmBundle() {
    if (warming || (window.WebChat && window.WebChat.renderWebChat) || !window.fetch) return;
    warming = fetch(BUNDLE_URL, { mode: 'cors', credentials: 'omit' })
      .then(function (r) { return r.ok ? r.arrayBuffer() : null; })
      .catch(function () { return null; });
  }
  function savesData() {
    var c = navigator.connection;
    return !!(c && (c.saveData || /(^|-)2g$/.test(c.effectiveType || '')));
  }
  if (PRELOAD === 'idle' && !savesData()) {
    var whenIdle = function () {
      if (window.requestIdleCallback) window.requestIdleCallback(warmBundle, { timeout: 5000 });
      else setTimeout(warmBundle, 2000);
    };
    if (document.readyState === 'complete') whenIdle(); else window.addEventListener('load', whenIdle);
  }
  function isKeyboardFocus(el) {
    try { return el.matches(':focus-visible'); } catch (e) { return true; }
  }
  // A pointer over the button or the keyboard on it: the tap or Enter may be seconds away. (Not a touch: its tap follows
  // at once, and the script is better loaded straight away than after a fetch.)
  ['pointerenter', 'focus'].forEach(function (type) {
    button.addEventListener(type, function (e) {
      if (type === 'focus' ? isKeyboardFocus(button) : e.pointerType !== 'touch') warmBundle();
    }, { passive: true });
  });

  /**
   * Loads the bundle. After a fetch ahead (done or under way) the script comes from the cache rather than a second
   * download (crossorigin makes it the same kind of request as that fetch), and it runs once `asked` says the conversation
   * has been asked for: running it blocks the page for a second or two, and the answer to that request then waits for
   * nothing. With no fetch begun, the script is loaded at once, so the browser parses it while it downloads.
   */
  function loadBundle(asked) {
    if (window.WebChat && window.WebChat.renderWebChat) return Promise.resolve();
    if (!warming) warming = true;
    return (warming === true ? Promise.resolve() : Promise.all([warming, asked])).then(function () {
      return new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = BUNDLE_URL;
        s.crossOrigin = 'anonymous';
        s.async = true;
        s.onload = function () { if (window.WebChat && window.WebChat.renderWebChat) resolve(); else reject(new Error('webchat bundle')); };
        s.onerror = function () { warming = null; reject(new Error('webchat bundle')); };
        document.head.appendChild(s);
      });
    });
  }

  // ---- Direct Line: a token, the conversation, and whether the server offers its WebSocket stream ----
  function directLineRequest(method, path, token, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(origin + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined })
      .then(function (r) {
        if (!r.ok) { var err = new Error('directline ' + r.status); err.status = r.status; throw err; }
        return r.json();
      });
  }

  /** The resident's id in Web Chat (and in what the widget posts before it): a random one per conversation. */
  function newUserID() { return 'r_' + Math.random().toString(36).slice(2, 12); }

  /** A stream address from the server's answer about a conversation, when the widget may use it. */
  function streamOf(answer) {
    return TRANSPORT === 'auto' && typeof answer.streamUrl === 'string' && /^wss?:\/\//.test(answer.streamUrl) ? answer.streamUrl : null;
  }

  /** The conversation as the server sees it: alive (or an error), a fresher token, and a stream address if it offers one. */
  function probe(token, conversationId, onAsked) {
    var asking = directLineRequest('GET', '/v3/directline/conversations/' + encodeURIComponent(conversationId) + '?watermark=0', token);
    if (onAsked) onAsked();
    return asking.then(function (c) {
      return { token: typeof c.token === 'string' ? c.token : token, streamUrl: streamOf(c) };
    });
  }

  /**
   * The conversation, started (or looked up) while the Web Chat bundle is still on its way: a new one is opened here, so
   * the bot's greeting is written before Web Chat runs, and the server's answer (a fresh token and the stream's address)
   * lets Web Chat open the stream at once, without asking again. `at` is when that address was issued: it is good for 60 s.
   */
  function connect(onAsked) {
    var saved = session;
    var resumed = saved
      ? probe(saved.token, saved.conversationId, onAsked).then(function (p) {
        return { token: p.token, conversationId: saved.conversationId, userID: saved.userID, streamUrl: p.streamUrl, at: Date.now(), resumed: true };
      })
      : Promise.reject(new Error('no conversation yet'));
    return resumed.catch(function (err) {
      // None kept, or the server says it has ended (deleted at the resident's request, expired): a new one. A network
      // failure keeps it, for the next try.
      if (saved) {
        if (!err || [401, 403, 404].indexOf(err.status) < 0) throw err;
        dropSession();
      }
      var locale = LOCALES[convLang];
      return directLineRequest('POST', '/v3/directline/tokens/generate', null, { locale: locale }).then(function (t) {
        var asking = directLineRequest('POST', '/v3/directline/conversations', t.token, { locale: locale });
        if (onAsked) onAsked();
        return asking;
      }).then(function (c) {
        var fresh = { token: c.token, conversationId: c.conversationId, userID: newUserID(), streamUrl: streamOf(c), at: Date.now(), resumed: false };
        // Kept at once: a page changed before Web Chat has run resumes this conversation instead of opening another.
        saveSession({ token: fresh.token, conversationId: fresh.conversationId, userID: fresh.userID, lang: convLang, at: fresh.at });
        return fresh;
      });
    });
  }

  // ---- Before Web Chat: the conversation in the widget's own plain view, with a message box, on a slow connection ----
  // The bundle takes seconds to arrive and run (0.6 MB: about 4 s on slow 4G, then one or two to start). Meanwhile the
  // widget shows the conversation itself: the bot's replies as text, the buttons of the last card, and a labelled message
  // box with a send button, posting through Direct Line as any client may. Web Chat, once drawn, reads the same
  // conversation from its start and takes over (swapToWebChat): nothing is sent twice, nothing is lost.
  var lite = document.createElement('div');
  lite.className = 'luotsi-lite';
  lite.hidden = true;
  var liteLog = document.createElement('div');
  liteLog.className = 'luotsi-lite__log';
  var liteForm = document.createElement('form');
  liteForm.className = 'luotsi-lite__composer';
  liteForm.noValidate = true;
  var liteLabel = document.createElement('label');
  liteLabel.className = 'luotsi-sr-only';
  liteLabel.htmlFor = 'luotsi-lite-input';
  var liteInput = document.createElement('input');
  liteInput.id = 'luotsi-lite-input';
  liteInput.type = 'text';
  liteInput.autocomplete = 'off';
  liteInput.maxLength = 10000;
  var liteSend = document.createElement('button');
  liteSend.type = 'submit';
  liteSend.className = 'luotsi-lite__send';
  liteForm.appendChild(liteLabel);
  liteForm.appendChild(liteInput);
  liteForm.appendChild(liteSend);
  lite.appendChild(liteLog);
  lite.appendChild(liteForm);
  body.appendChild(lite);

  // What a screen reader hears from the widget itself: the replies its own view shows (Web Chat has a live region of its
  // own, quiet for what was said here already).
  var announcer = document.createElement('div');
  announcer.className = 'luotsi-sr-only luotsi-announcer';
  announcer.setAttribute('role', 'log');
  announcer.setAttribute('aria-live', 'polite');
  panel.appendChild(announcer);
  function announce(text, lang) {
    if (!text) return;
    var line = document.createElement('div');
    line.textContent = text;
    if (lang) line.setAttribute('lang', lang);
    announcer.appendChild(line);
    setTimeout(function () { if (line.parentNode) line.parentNode.removeChild(line); }, 5000);
  }

  function applyLiteTexts() {
    var t = T();
    liteLabel.textContent = t.input;
    liteInput.placeholder = t.input;
    liteSend.textContent = t.send;
    Array.prototype.forEach.call(liteLog.querySelectorAll('.luotsi-lite__who'), function (el) { el.textContent = t.you + ': '; });
  }

  var liteConv = null;        // the conversation the widget's view talks to, until Web Chat takes over
  var liteKnown = {};         // ids of the activities it has read
  var liteWatermark = 0;
  var liteInFlight = 0;       // messages posted whose post and read-back have not finished
  var litePending = {};       // clientActivityID → the bubble shown while the message is on its way
  var liteEchoed = {};        // clientActivityIDs read back from the conversation: the server kept those messages
  var liteSeq = 0;
  var litePollTimer = 0;
  var liteFocusReply = false; // a button was used: focus goes to its answer
  var wantsFocus = false;     // opened by the resident on a desktop: the message box gets the focus

  // Whether the focus is in the widget's view: a focused part it replaces (a used button) leaves it nowhere, and still here.
  var focusInLite = false;
  lite.addEventListener('focusin', function () { focusInLite = true; });
  lite.addEventListener('focusout', function (e) {
    var from = e.target;
    if (e.relatedTarget && lite.contains(e.relatedTarget)) return;
    // Chromium says focusout when the focused node is removed too: it is the focus going elsewhere only if the node stays.
    setTimeout(function () { focusInLite = !from.isConnected && (!document.activeElement || document.activeElement === document.body); }, 0);
  });

  function liteShown() { return !!liteConv && !!lite.parentNode; }
  function liteActivitiesPath() { return '/v3/directline/conversations/' + encodeURIComponent(liteConv.conversationId) + '/activities'; }

  /** The new conversation's first page (the greeting) read: the widget's view opens, unless Web Chat got there first. */
  function showLite(c, page) {
    if (directLine || liteConv || !lite.parentNode || !page || !page.activities) return;
    if (!page.activities.some(function (a) { return a && a.type === 'message' && a.from && a.from.role === 'bot'; })) return;
    liteConv = c;
    applyLiteTexts();
    lite.hidden = false;
    // Web Chat is drawn underneath while it gets ready: out of reach of the keyboard and of screen readers until then.
    chat.setAttribute('inert', '');
    chat.setAttribute('aria-hidden', 'true');
    setStatus(null);
    addLiteActivities(page.activities, page.watermark);
    // On a desktop the message box takes the focus, as Web Chat's would; on a phone its keyboard would cover the greeting.
    if (wantsFocus && !fullScreen.matches && (document.activeElement === close || document.activeElement === document.body)) liteInput.focus();
  }

  function addLiteActivities(list, watermark) {
    var w = Number(watermark);
    if (isFinite(w) && w > liteWatermark) liteWatermark = w;
    var fresh = (list || []).filter(function (a) {
      if (!a || typeof a.id !== 'string' || liteKnown[a.id]) return false;
      liteKnown[a.id] = true;
      return true;
    });
    var firstReply = null;
    fresh.forEach(function (a) {
      if (a.type === 'endOfConversation') dropSession();
      if (a.type !== 'message') return;
      if (a.from && a.from.role === 'bot') {
        var item = liteBotMessage(a);
        firstReply = firstReply || item;
      } else {
        liteUserMessage(a);
      }
    });
    if (firstReply) {
      if (liteFocusReply && (!document.activeElement || document.activeElement === document.body || lite.contains(document.activeElement))) {
        // After a button, focus goes to its answer (read on focus, so not announced as well), as Web Chat does.
        liteFocusReply = false;
        firstReply.setAttribute('tabindex', '-1');
        firstReply.focus({ preventScroll: true });
        firstReply.dataset.focused = '1';
      }
      // A reply is shown from its start; the greeting too, which is taller than a phone's screen.
      liteLog.scrollTop = Math.max(0, firstReply.offsetTop - liteLog.offsetTop - 8);
    }
    fresh.forEach(function (a) {
      if (a.type !== 'message' || !a.from || a.from.role !== 'bot') return;
      var el = liteLog.querySelector('[data-activity="' + cssEscape(a.id) + '"]');
      if (el && el.dataset.focused) return;
      announce(readableText(a) || plainText(a.text), langOf(a.locale) || convLang);
    });
  }

  function cssEscape(value) { return window.CSS && CSS.escape ? CSS.escape(value) : String(value).replace(/["\\]/g, '\\$&'); }

  function liteBotMessage(a) {
    var lang = langOf(a.locale);
    if (lang && lang !== convLang) switchLang(lang);
    var item = document.createElement('div');
    item.className = 'luotsi-lite__bot';
    item.setAttribute('data-activity', a.id);
    item.setAttribute('lang', lang || convLang);
    if (a.text) addText(item, a.text, {});
    // Each card's buttons under its own text (three results each have their own "save" button).
    var groups = [];
    (a.attachments || []).forEach(function (att) {
      if (!isAdaptiveCard(att)) return;
      var part = document.createElement('div');
      part.className = 'luotsi-lite__card';
      cardBlocks(att.content.body, part);
      item.appendChild(part);
      var actions = cardActions(att.content);
      if (actions.length) groups.push({ into: part, actions: actions });
    });
    var suggested = suggestedActionsOf(a);
    if (suggested.length) groups.push({ into: item, actions: suggested });
    liteLog.appendChild(item);
    if (groups.length) setLiteActions(groups);
    return item;
  }

  function liteUserMessage(a) {
    var cid = a.channelData && a.channelData.clientActivityID;
    if (cid) liteEchoed[cid] = true;
    if (cid && litePending[cid]) {
      litePending[cid].classList.remove('luotsi-lite__user--sending');
      litePending[cid].setAttribute('data-activity', a.id);
      delete litePending[cid];
      return;
    }
    if (typeof a.text === 'string' && a.text) liteLog.appendChild(userBubble(a.text, a.id));
  }

  function userBubble(text, id) {
    var bubble = document.createElement('p');
    bubble.className = 'luotsi-lite__user';
    if (id) bubble.setAttribute('data-activity', id);
    var who = document.createElement('span');
    who.className = 'luotsi-sr-only luotsi-lite__who';
    who.textContent = T().you + ': ';
    bubble.appendChild(who);
    bubble.appendChild(document.createTextNode(text));
    return bubble;
  }

  function isAdaptiveCard(att) {
    return !!(att && att.contentType === 'application/vnd.microsoft.card.adaptive' && att.content && typeof att.content === 'object');
  }

  /** A card's text in reading order: headings, text (links kept), facts; hidden parts and buttons left out. */
  function cardBlocks(node, into) {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(function (n) { cardBlocks(n, into); }); return; }
    if (node.isVisible === false) return;
    if (node.type === 'TextBlock' && node.text) {
      addText(into, node.text, { heading: node.style === 'heading' || node.size === 'Large', subtle: !!node.isSubtle });
    } else if (node.type === 'RichTextBlock') {
      addText(into, (node.inlines || []).map(function (i) { return typeof i === 'string' ? i : i && i.text; }).join(''), {});
    } else if (node.type === 'FactSet') {
      (node.facts || []).forEach(function (f) { addText(into, plainText(f.title) + ': ' + plainText(f.value), {}); });
    } else if (node.type === 'Input.Toggle' && node.title) {
      // What the card offers to tick ("understood": the situations read), to answer in words until Web Chat is here.
      addText(into, '• ' + plainText(node.title), {});
    }
    cardBlocks(node.items, into);
    cardBlocks(node.columns, into);
  }

  var SAFE_URL = /^(https?:|tel:|mailto:)/i;
  /** Markdown text as paragraphs, with its links as links (a crisis card's numbers can be called from here) and no markup. */
  function addText(into, markdown, how) {
    String(markdown).split(/\n\s*\n/).forEach(function (para) {
      if (!para.trim()) return;
      var p = document.createElement('p');
      if (how.heading) p.className = 'luotsi-lite__title';
      else if (how.subtle) p.className = 'luotsi-lite__subtle';
      var rest = para;
      var link = /\[([^\]]*)\]\(([^)\s]+)\)/;
      var m;
      while ((m = link.exec(rest))) {
        if (m.index) p.appendChild(document.createTextNode(plainText(rest.slice(0, m.index))));
        if (SAFE_URL.test(m[2])) {
          var a = document.createElement('a');
          a.href = m[2];
          if (!/^(tel|mailto):/i.test(m[2])) { a.target = '_blank'; a.rel = 'noopener'; }
          a.textContent = plainText(m[1]);
          p.appendChild(a);
        } else {
          p.appendChild(document.createTextNode(plainText(m[1])));
        }
        rest = rest.slice(m.index + m[0].length);
      }
      if (rest) p.appendChild(document.createTextNode(plainText(rest)));
      into.appendChild(p);
    });
  }

  /** A card with inputs of its own (toggles, a choice) is answered in Web Chat: its buttons would send without them. */
  function hasInputs(node) {
    if (!node || typeof node !== 'object') return false;
    if (Array.isArray(node)) return node.some(hasInputs);
    if (typeof node.type === 'string' && node.type.indexOf('Input.') === 0) return true;
    return hasInputs(node.body) || hasInputs(node.items) || hasInputs(node.columns);
  }

  /** The buttons a card offers that the widget's view can carry out: submits and links. */
  function cardActions(card) {
    var out = [];
    // A card with inputs of its own is answered in Web Chat (or in words): its buttons would send without them.
    if (hasInputs(card.body)) return out;
    function add(action) {
      if (!action || action.isVisible === false) return;
      if (action.type === 'Action.Submit' && action.data && typeof action.data === 'object') out.push({ title: action.title, value: action.data });
      else if (action.type === 'Action.Submit' && typeof action.data === 'string') out.push({ title: action.title, text: action.data });
      else if (action.type === 'Action.OpenUrl' && SAFE_URL.test(action.url || '')) out.push({ title: action.title, url: action.url });
    }
    function walk(node) {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) { node.forEach(walk); return; }
      if (node.isVisible === false) return;
      if (node.type === 'ActionSet') (node.actions || []).forEach(add);
      walk(node.items);
      walk(node.columns);
    }
    walk(card.body);
    (card.actions || []).forEach(add);
    return out.filter(function (x) { return x.title; });
  }

  /** A reply's suggested actions ("start over"), as buttons. */
  function suggestedActionsOf(a) {
    var out = [];
    ((a.suggestedActions && a.suggestedActions.actions) || []).forEach(function (s) {
      if (!s) return;
      if (s.type === 'imBack' && typeof s.value === 'string') out.push({ title: s.title || s.value, text: s.value });
      else if ((s.type === 'postBack' || s.type === 'messageBack') && s.value !== undefined) out.push({ title: s.title || s.text || '', value: s.value, text: typeof s.value === 'string' ? s.value : undefined });
    });
    return out.filter(function (x) { return x.title; });
  }

  /** The last reply's buttons, each card's under its text; the ones before go (their replies are read above). */
  function setLiteActions(groups) {
    Array.prototype.forEach.call(liteLog.querySelectorAll('.luotsi-lite__actions'), function (old) { old.parentNode.removeChild(old); });
    groups.forEach(function (group) { group.into.appendChild(actionButtons(group.actions)); });
  }

  function actionButtons(actions) {
    var row = document.createElement('div');
    row.className = 'luotsi-lite__actions';
    actions.forEach(function (action) {
      var el;
      if (action.url) {
        el = document.createElement('a');
        el.href = action.url;
        if (!/^(tel|mailto):/i.test(action.url)) { el.target = '_blank'; el.rel = 'noopener'; }
      } else {
        el = document.createElement('button');
        el.type = 'button';
        el.addEventListener('click', function () { liteTap(action, el); });
      }
      el.className = 'luotsi-lite__action';
      el.textContent = plainText(action.title);
      row.appendChild(el);
    });
    return row;
  }

  function liteTap(action, el) {
    // One tap at a time: a second one while the first is on its way would answer the same question twice.
    if (!liteShown() || liteInFlight > 0) return;
    el.classList.add('luotsi-chosen');
    liteFocusReply = true;
    var posting = action.value !== undefined ? litePost({ type: 'message', value: action.value }, null) : litePost({ type: 'message', text: action.text }, action.text);
    posting.then(function (kept) { if (!kept) el.classList.remove('luotsi-chosen'); });
  }

  liteForm.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = liteInput.value.replace(/^\s+|\s+$/g, '');
    if (!text || !liteShown()) return;
    liteInput.value = '';
    liteFocusReply = false;
    litePost({ type: 'message', text: text }, text);
  });

  /**
   * Posts as Web Chat would (its from id, the conversation's locale, a clientActivityID), shows a typed message at once,
   * and reads the conversation again for the answer. A message the server did not keep goes back into the box.
   */
  function litePost(activity, shownText) {
    var conv = liteConv;
    var cid = 'luotsi-' + Date.now().toString(36) + '-' + (++liteSeq);
    activity.from = { id: conv.userID, role: 'user' };
    activity.locale = LOCALES[convLang];
    activity.channelData = { clientActivityID: cid };
    if (activity.text !== undefined) activity.textFormat = 'plain';
    residentActed = true;
    var failedLine = liteLog.querySelector('.luotsi-lite__failed');
    if (failedLine) failedLine.parentNode.removeChild(failedLine);
    if (shownText) {
      var bubble = userBubble(shownText, null);
      bubble.classList.add('luotsi-lite__user--sending');
      litePending[cid] = bubble;
      liteLog.appendChild(bubble);
      liteLog.scrollTop = liteLog.scrollHeight;
    }
    liteInFlight++;
    var posted = false;
    return directLineRequest('POST', liteActivitiesPath(), conv.token, activity)
      .then(function () { posted = true; }, function () { /* an error or a busy server may have kept it all the same: read back */ })
      .then(function () { return litePoll(); })
      .then(null, function () { /* read again by the next poll, or by Web Chat */ })
      .then(function () {
        liteInFlight--;
        var kept = posted || !!liteEchoed[cid];
        if (!kept) {
          // Not kept: a typed message goes back into the box (and with it to Web Chat's), to be sent again.
          var pending = litePending[cid];
          delete litePending[cid];
          if (pending && pending.parentNode) pending.parentNode.removeChild(pending);
          if (shownText && activity.text !== undefined && !liteInput.value) liteInput.value = shownText;
          var line = document.createElement('p');
          line.className = 'luotsi-lite__failed';
          line.setAttribute('role', 'alert');
          line.textContent = T().sendFailed;
          liteLog.appendChild(line);
          liteFocusReply = false;
        }
        if (liteShown()) keepPolling();
        maybeSwap();
        return kept;
      });
  }

  /** The conversation from where the widget's view has read it. */
  function litePoll() {
    var conv = liteConv;
    if (!conv || !lite.parentNode) return Promise.resolve();
    return directLineRequest('GET', liteActivitiesPath() + '?watermark=' + liteWatermark, conv.token).then(function (page) {
      if (liteConv === conv && lite.parentNode && page) addLiteActivities(page.activities, page.watermark);
    });
  }

  /** Once the resident has said something, replies that come later (a person joining) are read every two seconds. */
  function keepPolling() {
    clearTimeout(litePollTimer);
    litePollTimer = setTimeout(function () {
      litePoll().then(function () { if (liteShown()) keepPolling(); }, function (err) {
        if (liteShown() && !(err && [401, 403, 404].indexOf(err.status) >= 0)) keepPolling();
      });
    }, 2000);
  }

  // ---- Web Chat takes over the widget's view: when it has read everything the view showed, and nothing is on its way ----
  var webChatSeen = {};  // ids of the activities Web Chat's store has received, with the activity
  var swapTimer = 0;
  var swapDeadline = 0;
  var regionMutedUntil = 0;

  function maybeSwap() {
    if (!lite.parentNode || !directLine) return;
    if (!liteConv) { swapToWebChat(); return; }
    if (!swapDeadline) swapDeadline = setTimeout(function () { swapDeadline = -1; maybeSwap(); }, 10000);
    if (liteInFlight > 0) return;
    var behind = Object.keys(liteKnown).some(function (id) { return !webChatSeen[id]; });
    if (behind && swapDeadline !== -1) return;
    if (!chat.querySelector('.webchat__basic-transcript__activity')) return;
    clearTimeout(swapTimer);
    // A moment for Web Chat to draw the last of them.
    swapTimer = setTimeout(swapToWebChat, 150);
  }

  function swapToWebChat() {
    if (!lite.parentNode) return;
    clearTimeout(swapTimer);
    clearTimeout(swapDeadline);
    clearTimeout(litePollTimer);
    var active = document.activeElement;
    var typing = active === liteInput;
    // In the view, or lost with a part of it that was replaced (a used button), not taken elsewhere on the page.
    var hadFocus = !!active && (lite.contains(active) || (active === document.body && focusInLite));
    var draft = liteInput.value;
    // Web Chat read the conversation from its start, and its live region would say all of it again: it stays quiet for
    // what it has now (it fades within a second); what the widget's view had not shown is said by the widget.
    var region = chat.querySelector('.webchat__live-region-transcript');
    if (region && liteConv) {
      region.setAttribute('aria-hidden', 'true');
      regionMutedUntil = Date.now() + 1500;
      setTimeout(function () { region.removeAttribute('aria-hidden'); regionMutedUntil = 0; }, 1500);
      Object.keys(webChatSeen).forEach(function (id) {
        var a = webChatSeen[id];
        if (!liteKnown[id] && a.type === 'message' && a.from && a.from.role !== 'user') announce(readableText(a) || plainText(a.text), langOf(a.locale) || convLang);
      });
    }
    lite.parentNode.removeChild(lite);
    liteConv = null;
    chat.removeAttribute('inert');
    chat.removeAttribute('aria-hidden');
    setStatus(null);
    if (draft && store) store.dispatch({ type: 'WEB_CHAT/SET_SEND_BOX', payload: { text: draft } });
    if (hadFocus && !panel.hidden) {
      setTimeout(function () {
        var input = sendBox();
        // On a phone the keyboard comes up only for someone who was typing; anyone else is put on the last reply.
        if (fullScreen.matches && !typing) {
          var last = activityElements().pop();
          if (last) { focusActivity(last); return; }
        }
        if (!input) return;
        input.focus();
        var end = input.value.length;
        try { input.setSelectionRange(end, end); } catch (e) { /* not a text box */ }
      }, 0);
    }
  }

  /** The new conversation's greeting, read the way any Direct Line client may (polling), only if Web Chat is not there yet. */
  function fetchGreeting(c) {
    // Web Chat already here (the bundle came from the cache): it draws the greeting itself, sooner than the widget could.
    if (c.resumed || directLine || (window.WebChat && window.WebChat.renderWebChat)) return;
    directLineRequest('GET', '/v3/directline/conversations/' + encodeURIComponent(c.conversationId) + '/activities?watermark=0', c.token)
      .then(function (page) { showLite(c, page); })
      .catch(function () { /* Web Chat reads it too: nothing lost */ });
  }

  // ---- The token, kept fresh while the page is open when Web Chat was handed the stream's address ----
  // (Web Chat's Direct Line client refreshes it only when it opened the conversation itself.)
  var REFRESH_MS = 15 * 60 * 1000;
  var refreshTimer = 0;
  function keepTokenFresh(delay) {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refreshToken, delay);
  }
  function refreshToken() {
    var dl = directLine;
    if (!dl || !session || dl.connectionStatus$.getValue() === 5) return;
    directLineRequest('POST', '/v3/directline/tokens/refresh', dl.token).then(function (t) {
      if (directLine !== dl) return;
      // Direct Line's own way to hand its client a new token; the stream's address is fetched anew on a reconnect.
      dl.reconnect({ conversationId: session.conversationId, token: t.token, streamUrl: dl.streamUrl });
      saveSession({ token: t.token, at: Date.now() });
      keepTokenFresh(REFRESH_MS);
    }).catch(function (err) {
      // Ended or forgotten: nothing to keep fresh (the next open starts anew). A network failure: again in a minute.
      if (!err || [401, 403, 404].indexOf(err.status) < 0) keepTokenFresh(60 * 1000);
    });
  }

  // ---- What Web Chat is told: readable cards, the conversation's language, focus after a card action ----
  var directLine = null;
  var store = null;

  function plainText(value) {
    return String(value || '')
      .replace(/<[^>]*>/g, ' ')                 // SSML or HTML tags in speak
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // markdown links and images: their label
      .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1')
      .replace(/(\*\*|__|~~|`)/g, '')
      .replace(/[ \t]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim();
  }

  /** A card's visible text in reading order: headings, text, facts; not its buttons or inputs. */
  function cardText(node, out) {
    if (!node || typeof node !== 'object') return out;
    if (Array.isArray(node)) { node.forEach(function (n) { cardText(n, out); }); return out; }
    if (node.isVisible === false && node.type !== 'AdaptiveCard') return out;
    switch (node.type) {
      case 'TextBlock': out.push(plainText(node.text)); break;
      case 'RichTextBlock': out.push((node.inlines || []).map(function (i) { return typeof i === 'string' ? i : i && i.text; }).join('')); break;
      case 'FactSet': (node.facts || []).forEach(function (f) { out.push(plainText(f.title) + ': ' + plainText(f.value)); }); break;
      case 'Image': if (node.altText) out.push(plainText(node.altText)); break;
      default: break;
    }
    cardText(node.body, out);
    cardText(node.items, out);
    cardText(node.columns, out);
    return out;
  }

  /**
   * What a screen reader hears for a card-bearing reply, in Web Chat's live region and when the resident moves to it in
   * the transcript: the reply's `speak` (or text), then each card's `speak`, or the card's own text when it has none.
   * Without this Web Chat reads only "A card:" and the button labels.
   */
  function readableText(activity) {
    var cards = (activity.attachments || []).filter(function (a) {
      return a && a.contentType === 'application/vnd.microsoft.card.adaptive' && a.content && typeof a.content === 'object';
    });
    if (!cards.length) return '';
    var parts = [];
    var lead = plainText(activity.speak) || plainText(activity.text);
    if (lead) parts.push(lead);
    cards.forEach(function (a) {
      var said = plainText(a.content.speak) || cardText(a.content, []).filter(Boolean).join('\n');
      if (said && !parts.some(function (p) { return p.indexOf(said) >= 0; })) parts.push(said);
    });
    return parts.join('\n');
  }

  var cardClickAt = 0;
  var focusAfter = null;
  var SENDS = { 'WEB_CHAT/SEND_POST_BACK': 1, 'WEB_CHAT/SEND_MESSAGE_BACK': 1, 'WEB_CHAT/SEND_MESSAGE': 1 };

  function storeMiddleware() {
    return function (next) {
      return function (action) {
        if (action && action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity) {
          var activity = action.payload.activity;
          // "Forget me" ends the conversation: the next page starts a new one instead of asking for this one.
          if (activity.type === 'endOfConversation') dropSession();
          if (activity.from && activity.from.role !== 'user' && activity.type === 'message') {
            var data = activity.channelData || {};
            var readable = typeof data['webchat:fallback-text'] === 'string' ? '' : readableText(activity);
            if (readable) {
              activity = Object.assign({}, activity, { channelData: Object.assign({}, data, { 'webchat:fallback-text': readable }) });
              action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: activity }) });
            }
            onBotMessage(activity);
            // Just after the swap Web Chat's live region is quiet (it was saying the conversation again): the widget says it.
            if (regionMutedUntil > Date.now()) announce(readableText(activity) || plainText(activity.text), langOf(activity.locale) || convLang);
          }
          if (lite.parentNode && typeof activity.id === 'string') webChatSeen[activity.id] = activity;
          if (lite.parentNode) setTimeout(maybeSwap, 0);
        } else if (action && SENDS[action.type]) {
          // A card's button sent this: once the answer is in, focus goes there, out of the old card.
          focusAfter = Date.now() - cardClickAt < 1500 ? snapshot() : null;
        }
        return next(action);
      };
    };
  }

  function activityElements() {
    return Array.prototype.slice.call(chat.querySelectorAll('.webchat__basic-transcript__activity'));
  }
  function snapshot() { return { before: activityElements(), at: Date.now() }; }

  var langTimer = 0;
  /** The conversation's language changed (a reply's locale): the panel, the widget's view and Web Chat follow. */
  function switchLang(lang) {
    convLang = lang;
    saveSession({ lang: lang });
    applyLiteTexts();
    // Not while Web Chat's store is dispatching: right after.
    clearTimeout(langTimer);
    langTimer = setTimeout(function () { applyTexts(); renderChat(); }, 0);
  }

  function onBotMessage(activity) {
    var lang = langOf(activity.locale);
    if (lang && lang !== convLang) switchLang(lang);
    if (directLine && session && directLine.token && directLine.token !== session.token) saveSession({ token: directLine.token, at: Date.now() });
    if (focusAfter) setTimeout(focusNewActivity, 60);
    if (greetingPending) { greetingPending = false; setTimeout(showGreetingTop, 100); }
  }

  // A new conversation's greeting is taller than a phone's screen: it is shown from its top, not scrolled to its end.
  // Web Chat may still be laying the card out (and keeping to the bottom) for a moment after it arrives: the top is kept
  // for two seconds, unless the resident has touched, scrolled, typed or written meanwhile.
  var greetingPending = false;
  var residentActed = false;
  ['pointerdown', 'wheel', 'keydown', 'touchstart'].forEach(function (type) {
    chat.addEventListener(type, function () { residentActed = true; }, { passive: true, capture: true });
  });
  function showGreetingTop() {
    var until = Date.now() + 2000;
    (function keepTop() {
      if (residentActed || chat.querySelector('.webchat__stacked-layout--from-user, .webchat__bubble--from-user')) return;
      var scroller = chat.querySelector('.webchat__basic-transcript__scrollable');
      if (scroller && scroller.scrollTop !== 0) scroller.scrollTop = 0;
      if (Date.now() < until) setTimeout(keepTop, 100);
    })();
  }

  /** Focus on the first reply after a card action: the transcript, with that reply as its active item. */
  function focusNewActivity() {
    var pending = focusAfter;
    if (!pending) return;
    var fresh = activityElements().filter(function (el) {
      return pending.before.indexOf(el) < 0 && !el.querySelector('.webchat__stacked-layout--from-user, .webchat__bubble--from-user');
    })[0];
    if (!fresh) {
      if (Date.now() - pending.at < 10000) setTimeout(focusNewActivity, 100);
      return;
    }
    focusAfter = null;
    focusActivity(fresh);
  }

  function focusActivity(element) {
    var transcript = chat.querySelector('.webchat__basic-transcript');
    if (!transcript || !element.isConnected || panel.hidden) return;
    // Web Chat makes an activity the transcript's active one on a mouse down inside it; focusing the transcript then puts
    // the screen reader on that activity (read whole), and the keyboard too: Enter goes into it, the arrows move on.
    element.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, view: window }));
    transcript.focus({ preventScroll: true });
  }

  /** Leaves the card that has focus: back to the transcript, on that card (Web Chat's own place for it). */
  function leaveCard(from) {
    var element = from.closest && from.closest('.webchat__basic-transcript__activity');
    if (element) focusActivity(element);
    else focusSendBox();
  }

  function sendBox() { return chat.querySelector('.webchat__send-box-text-box__input'); }
  function focusSendBox() {
    var input = sendBox();
    if (input) input.focus(); else close.focus();
  }

  function renderChat() {
    if (!directLine || !window.WebChat) return;
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      userID: session && session.userID,
      locale: LOCALES[convLang],
      styleOptions: styleOptions,
    }, chat);
  }

  // Web Chat marks every card button aria-pressed, which makes screen readers call ordinary buttons toggles; a button
  // that was used keeps only a look of its own.
  function unpress(el) {
    if (el.getAttribute('aria-pressed') === 'true' && !el.hasAttribute('aria-controls')) el.classList.add('luotsi-chosen');
    el.removeAttribute('aria-pressed');
  }
  // A card's "more" button shows and hides part of the card (Action.ToggleVisibility); Adaptive Cards names the part
  // (aria-controls) but not whether it is shown: aria-expanded says so.
  function syncDisclosure(el) {
    var targets = (el.getAttribute('aria-controls') || '').split(/\s+/).filter(Boolean)
      .map(function (id) { return document.getElementById(id); }).filter(Boolean);
    if (!targets.length) return;
    var shown = targets.every(function (t) { return !t.hidden && t.style.display !== 'none'; });
    el.setAttribute('aria-expanded', shown ? 'true' : 'false');
  }
  new MutationObserver(function (records) {
    // Web Chat has drawn something: the widget's view gives way once Web Chat has all it showed.
    if (lite.parentNode && directLine && chat.querySelector('.webchat__basic-transcript__activity')) maybeSwap();
    records.forEach(function (r) {
      if (r.type === 'attributes') {
        if (r.target.classList && r.target.classList.contains('ac-pushButton') && r.target.hasAttribute('aria-pressed')) unpress(r.target);
        return;
      }
      Array.prototype.forEach.call(r.addedNodes, function (n) {
        if (n.nodeType !== 1) return;
        if (n.matches('.ac-pushButton[aria-pressed]')) unpress(n);
        Array.prototype.forEach.call(n.querySelectorAll('.ac-pushButton[aria-pressed]'), unpress);
        if (n.matches('.ac-pushButton[aria-controls]')) syncDisclosure(n);
        Array.prototype.forEach.call(n.querySelectorAll('.ac-pushButton[aria-controls]'), syncDisclosure);
      });
    });
  }).observe(chat, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-pressed'] });

  /** A stream address is good for 60 s from its issue; an older one is left for Web Chat to ask for anew. */
  var STREAM_URL_FRESH_MS = 45 * 1000;

  var started = null;
  function startChat() {
    if (started) return started;
    setStatus('loading');
    // The conversation and the bundle at the same time; a new conversation's greeting is shown as soon as it is read.
    var onAsked;
    // At most 1.5 s: a slow answer to the token request does not hold Web Chat back longer.
    var asked = new Promise(function (resolve) { onAsked = resolve; setTimeout(resolve, 1500); });
    var connecting = connect(onAsked);
    connecting.then(fetchGreeting, function () { /* told below */ });
    started = Promise.all([loadBundle(asked), connecting])
      .then(function (results) {
        var c = results[1];
        var userID = c.userID || newUserID();
        var options = { domain: origin + '/v3/directline', token: c.token, conversationId: c.conversationId, watermark: '0', webSocket: !!c.streamUrl };
        // Handed the stream's address, Web Chat opens the stream at once; it then leaves the token to the widget.
        var handOver = c.streamUrl && Date.now() - c.at < STREAM_URL_FRESH_MS;
        if (handOver) options.streamUrl = c.streamUrl;
        directLine = window.WebChat.createDirectLine(options);
        saveSession({ token: c.token, conversationId: c.conversationId, userID: userID, lang: convLang, at: Date.now() });
        directLine.connectionStatus$.subscribe(function (s) {
          // 4 FailedToConnect, 5 Ended: the next open starts a new conversation rather than this dead one.
          if (s === 4 || s === 5) dropSession();
        });
        if (handOver) keepTokenFresh(REFRESH_MS);
        greetingPending = !c.resumed;
        store = window.WebChat.createStore({}, storeMiddleware);
        if (!liteConv) setStatus(null);
        renderChat();
        return true;
      })
      .catch(function () {
        started = null;
        // Only Web Chat failed to load: the widget's own view goes on (the next open tries again).
        if (!liteShown()) setStatus('failed');
        return false;
      });
    return started;
  }

  function setOpenFlag(value) {
    try { if (value) sessionStorage.setItem(SESSION_KEY + '.open', '1'); else sessionStorage.removeItem(SESSION_KEY + '.open'); } catch (e) { /* storage blocked */ }
  }

  function open(moveFocus) {
    panel.hidden = false;
    button.classList.add('luotsi-launcher--open');
    button.setAttribute('aria-expanded', 'true');
    setOpenFlag(true);
    var first = fullScreen.matches ? title : close;
    wantsFocus = !!moveFocus;
    if (moveFocus) first.focus();
    startChat().then(function (ok) {
      // On a phone the message box waits for a tap (its keyboard would cover the greeting); elsewhere it gets the focus.
      if (ok && moveFocus && !fullScreen.matches && document.activeElement === first) setTimeout(focusSendBox, 50);
    });
  }

  function hide() {
    panel.hidden = true;
    button.classList.remove('luotsi-launcher--open');
    button.setAttribute('aria-expanded', 'false');
    setOpenFlag(false);
    button.focus();
  }

  button.addEventListener('click', function () { if (panel.hidden) open(true); else hide(); });
  close.addEventListener('click', hide);
  chat.addEventListener('click', function (e) {
    if (!e.target || !e.target.closest || !e.target.closest('.ac-adaptiveCard')) return;
    cardClickAt = Date.now();
    var toggle = e.target.closest('.ac-pushButton[aria-controls]');
    if (toggle) setTimeout(function () { syncDisclosure(toggle); }, 0);
  }, true);
  panel.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' && e.key !== 'Esc') return;
    var target = e.target;
    var inCard = !!(target && target.closest && target.closest('.webchat__basic-transcript__activity'));
    // Web Chat's own Esc (out of a card to the transcript, out of the transcript to the message box) runs at the
    // document, after this listener: look once it has. Esc anywhere else closes the panel.
    setTimeout(function () {
      if (panel.hidden) return;
      if (inCard) {
        if (target.isConnected && target.closest('.webchat__basic-transcript__activity') && target === document.activeElement) leaveCard(target);
        return;
      }
      if (!e.defaultPrevented) hide();
    }, 0);
  });
  window.addEventListener('pagehide', function () {
    if (directLine && session && directLine.token && directLine.token !== session.token) saveSession({ token: directLine.token, at: Date.now() });
  });

  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(button);
    // The chat was open on the page the resident came from (another page of the site, or the same site in another
    // language): it stays open, without taking the focus. On a phone it would cover the new page, so it waits there.
    var wasOpen = false;
    try { wasOpen = sessionStorage.getItem(SESSION_KEY + '.open') === '1'; } catch (e) { /* storage blocked */ }
    if (wasOpen && session && !fullScreen.matches) open(false);
  }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
})();
