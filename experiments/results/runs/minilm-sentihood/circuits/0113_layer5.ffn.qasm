// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.4540714922465985) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e90f5bcff6047fb9aaf4fc93f1a64b0aa71a1e7230ebc9571682b3bb3a8bfdc7
