// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9963023835564018) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5f4d5fcedfbf807b91a7ad9c689d1dec5a339cf1b09774fa20fbd03605b39f3f
