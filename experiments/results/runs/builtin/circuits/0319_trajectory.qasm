// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.233707252546854) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d7380585262cb4abcc789021c4cfdb1525ee95c3dc3c9ac47b8b8e8a55b0146d
