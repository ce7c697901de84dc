// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2410714985100686) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e55d6742de20c795fa318345aa609505636d57c3a550c2ba532f0cd81cd41b93
