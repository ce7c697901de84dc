// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0765978566475203) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 117bbc6318761844709b07b78d74289758362ad685d9ff7359913573728409cf
