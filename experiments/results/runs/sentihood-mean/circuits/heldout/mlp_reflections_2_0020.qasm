// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7626990169509438) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 76148fa7c2964cb22009ac4fc585de596ed95fed6a3bfb6c099e47d3cbf0ad61
