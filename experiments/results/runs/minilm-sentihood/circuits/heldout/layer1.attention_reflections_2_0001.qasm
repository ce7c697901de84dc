// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.631886540793741) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 48360842c52f287ee543b44e80c5152b1b8639cb77065c3ed835d41568eca961
