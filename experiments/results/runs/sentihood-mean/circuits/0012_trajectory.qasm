// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3572943790661918) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dfbc66bec879d31b11a2794b0d3513eaf9f25436f629adef00d52e55dbc93154
