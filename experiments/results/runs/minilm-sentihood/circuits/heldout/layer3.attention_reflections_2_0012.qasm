// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.141001404648758) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c5009c17f4e2c2204d8d3910e59ef570f6d45cec68895cd22257e616b2af38bf
