// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8763248856228694) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9750f3e5035b2398c221ab11c7adb55915169473f884b9f67d6e4adb97a9b54e
