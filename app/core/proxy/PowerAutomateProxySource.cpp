// Outside Windows there is no Power Automate installation to read.
#include "PowerAutomateProxySource.h"

bool PowerAutomateProxySource::available()
{
    return false;
}

PowerAutomateProxyInputs PowerAutomateProxySource::read()
{
    return {};
}
