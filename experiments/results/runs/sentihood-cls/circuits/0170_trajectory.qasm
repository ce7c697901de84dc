// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6202122872461735) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7fcfb299d6b6e8a786ac549721880c4178a467e28856f099c3bed3d25e8f88fd
