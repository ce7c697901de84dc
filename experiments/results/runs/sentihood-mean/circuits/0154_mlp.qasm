// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.878919539891287) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 108263c564eb6d2ef9f145a6dbd74ed8f0acf1d35e35bb7ea44dcb31fc51fb52
