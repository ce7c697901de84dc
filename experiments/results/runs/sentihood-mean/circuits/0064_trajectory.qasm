// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.951179690240987) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 acbe6da6aea345fa62adf8fa848d2b31bfac2ef78863c7b907950ef6ca39547a
