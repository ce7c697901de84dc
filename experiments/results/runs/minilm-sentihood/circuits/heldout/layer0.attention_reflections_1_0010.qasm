// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5005685275099567) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0290020fd6d69eea87774836e80f36f181aebad6d3bc1a1bea042d9be06122a3
