#include "TlsContextShare.h"

#include <QSslSocket>
#include <QtNetwork/private/qsslsocket_p.h>

TlsContextShare::TlsContextShare() = default;
TlsContextShare::~TlsContextShare() = default;

void TlsContextShare::lendTo(QSslSocket* socket) const
{
    if (m_context)
        QSslSocketPrivate::checkSettingSslContext(socket, m_context);
}

void TlsContextShare::keepFrom(QSslSocket* socket)
{
    if (!m_context)
        m_context = QSslSocketPrivate::sslContext(socket);
}
