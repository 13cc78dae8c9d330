#include "http/ConnectionCount.h"

namespace nacre::server {

ConnectionCount::Admission ConnectionCount::admit(const QHostAddress& address)
{
    const QMutexLocker lock(&m_mutex);
    if (m_open >= m_limits.maxConnections)
        return Admission::ServerFull;
    int& fromAddress = m_byAddress[address];
    if (fromAddress >= m_limits.maxConnectionsPerAddress && !m_limits.isTrustedProxy(address)) {
        if (fromAddress == 0)
            m_byAddress.remove(address);
        return Admission::AddressFull;
    }
    ++fromAddress;
    ++m_open;
    return Admission::Admitted;
}

void ConnectionCount::release(const QHostAddress& address)
{
    const QMutexLocker lock(&m_mutex);
    auto it = m_byAddress.find(address);
    if (it == m_byAddress.end())
        return;
    --m_open;
    if (--it.value() <= 0)
        m_byAddress.erase(it);
}

int ConnectionCount::open() const
{
    const QMutexLocker lock(&m_mutex);
    return m_open;
}

} // namespace nacre::server
