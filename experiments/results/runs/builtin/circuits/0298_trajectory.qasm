// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6363643288120038) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05cb700384fa1a06755df217cfd411d36f30051d7a1a3a1e717a855af276284e
