#include "core/server/ServerAddress.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

bool ServerAddress::looksLikeServer(const QString &location) {
    return location.startsWith("postgresql://"_L1, Qt::CaseInsensitive) ||
           location.startsWith("postgres://"_L1, Qt::CaseInsensitive);
}

ServerAddress ServerAddress::parse(const QString &location) {
    ServerAddress a;
    const QUrl url(location, QUrl::StrictMode);
    if (!looksLikeServer(location) || !url.isValid()) {
        a.m_error = tr("%1 is not a server address; write postgresql://USER@HOST:PORT/DATABASE")
                        .arg(location);
        return a;
    }
    a.m_user = url.userName();
    a.m_password = url.password();
    a.m_host = url.host();
    a.m_port = url.port(DefaultPort);
    a.m_database = url.path().mid(1);
    const QUrlQuery query(url);
    a.m_socket = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    if (query.hasQueryItem(u"port"_s))
        a.m_port = query.queryItemValue(u"port"_s).toInt();
    if (a.m_database.isEmpty() || a.m_database.contains(u'/'))
        a.m_error = tr("%1 names no database; write postgresql://USER@HOST:PORT/DATABASE")
                        .arg(a.displayUrl());
    else if (a.m_port <= 0 || a.m_port > 65535)
        a.m_error = tr("%1: the port must be a number from 1 to 65535").arg(a.displayUrl());
    return a;
}

QString ServerAddress::displayUrl() const {
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_user);
    url.setHost(m_host.isEmpty() && !m_socket.isEmpty() ? u"localhost"_s : m_host);
    if (m_port != DefaultPort)
        url.setPort(m_port);
    url.setPath(u'/' + m_database);
    if (!m_socket.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(u"host"_s, m_socket);
        url.setQuery(query);
    }
    return url.toString();
}
