// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.602641863298917) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ccfd2d2f7398f1ee3fd6fbae7cf05ed185ba1c27ccc08014d8a8d292644b28ab
