// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1604272268335345) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f5ba05e70626b1145f228173aa40b85254525e2f8f2cc6e058358048a2947cb7
