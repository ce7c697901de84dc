// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8345447862084756) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b7b277b66ab816351fefe24e006bff62abd957f50cf555b437d0feae6a7cd15
