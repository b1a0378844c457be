#include "app/headroommain.h"

int main(int argc, char *argv[])
{
    return headroomMain(argc, argv);
}
