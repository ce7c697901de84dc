// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8217264664829829) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4fd6f3de4ad13d1fdb11453d81ebefcdcad4a7d2269bd8d4243d8f0cc1f50b48
