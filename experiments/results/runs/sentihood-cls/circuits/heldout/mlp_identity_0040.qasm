// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.31182708996214953) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 637ebe438ef9f12cad7d2f68d11280a1c23e08ceeed0a6b25030dc547cd108ea
