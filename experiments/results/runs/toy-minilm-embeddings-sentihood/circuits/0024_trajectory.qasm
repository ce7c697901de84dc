// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.860069631530163) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b0761852e779ed01a9945945b0c6abae06868dba3484d4b50f7f528323bae12a
