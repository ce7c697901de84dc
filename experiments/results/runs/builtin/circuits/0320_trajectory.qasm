// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.161356360753725) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 312658adfaf01bb3921884a1a880d901639ecdbf4c812bddfbe2c8e1789ad8d0
