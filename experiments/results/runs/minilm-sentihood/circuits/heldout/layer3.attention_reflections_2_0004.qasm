// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.002331498362431) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ad43ef5d240b4fdec6e883c802df89cc004c33e0d9e95ce4aa1a6d844ae79340
