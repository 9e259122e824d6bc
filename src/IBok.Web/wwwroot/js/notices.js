// Live notices for /notices: a graphql-transport-ws subscription to noticePublished over the page's own session
// cookie. A new notice is announced in the polite live region and put at the top of the list as the server renders
// it (the page is fetched again), so its "mark as read" form works like the others. Without this script a reload
// shows the same list.
(function () {
    'use strict';

    var list = document.getElementById('notice-list');
    var live = document.getElementById('notice-live');
    if (!list || !live || !('WebSocket' in window) || !('fetch' in window)) {
        return;
    }

    var subscription = 'subscription { noticePublished { noticeId kind title publishedAt } }';
    var operationId = 'notices';
    var retryDelay = 1000;

    function connect() {
        var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
        var socket = new WebSocket(scheme + window.location.host + '/graphql', 'graphql-transport-ws');

        socket.addEventListener('open', function () {
            socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
        });

        socket.addEventListener('message', function (event) {
            var message;
            try {
                message = JSON.parse(event.data);
            } catch (ignored) {
                return;
            }

            if (message.type === 'connection_ack') {
                retryDelay = 1000;
                socket.send(JSON.stringify({ id: operationId, type: 'subscribe', payload: { query: subscription } }));
            } else if (message.type === 'ping') {
                socket.send(JSON.stringify({ type: 'pong' }));
            } else if (message.type === 'next' && message.id === operationId) {
                var data = message.payload && message.payload.data;
                if (data && data.noticePublished) {
                    received(data.noticePublished);
                }
            }
        });

        socket.addEventListener('close', function (event) {
            // 4401/4403: not signed in (any more); reconnecting would not help. Otherwise try again, slower each time.
            if (event.code === 4401 || event.code === 4403) {
                return;
            }

            window.setTimeout(connect, retryDelay);
            retryDelay = Math.min(retryDelay * 2, 60000);
        });
    }

    function received(notice) {
        live.textContent = (live.getAttribute('data-text-new') || '') + ' ' + notice.title;
        refreshList();
    }

    function refreshList() {
        fetch(window.location.pathname, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }

                return response.text();
            })
            .then(function (html) {
                var page = new DOMParser().parseFromString(html, 'text/html');
                var fresh = page.getElementById('notice-list');
                if (!fresh) {
                    return;
                }

                var anchor = list.firstElementChild;
                Array.prototype.forEach.call(fresh.children, function (item) {
                    if (item.id && !document.getElementById(item.id)) {
                        list.insertBefore(document.importNode(item, true), anchor);
                    }
                });

                var count = page.getElementById('notice-unread-count');
                var shownCount = document.getElementById('notice-unread-count');
                if (count && shownCount) {
                    shownCount.textContent = count.textContent;
                }

                var empty = document.getElementById('notice-empty');
                if (empty && list.children.length > 0) {
                    empty.remove();
                }
            })
            .catch(function () {
                // The announcement stands; the list catches up at the next reload.
            });
    }

    connect();
}());
