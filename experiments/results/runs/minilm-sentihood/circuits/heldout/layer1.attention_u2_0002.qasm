// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.34974863402205303) q[0];
ry(2.127647818695731) q[0];
rz(0.19043682136190432) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2f5dcccb08f63fff36d89aa03d67246d4a48871ae2a8d45f883496268aaf8ff
