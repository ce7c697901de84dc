// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.19486148779247967) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6ee34b4aacc711ad23ef792774a36306873b05d414702b1790170b34948a4deb
