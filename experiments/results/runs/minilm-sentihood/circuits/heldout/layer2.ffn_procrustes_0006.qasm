// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5170225828736532) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 478ce2191db19599fbdc4e0a0de5440f1fdd1bb8fcaa4a45ae5226cd78ee18c1
