// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.030551839283578) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dc570c8974e939272574392d87c2932d41fa99f6a1dbc545edd2e376a20350c6
