// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1680669734019022) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e5394719867dcb85fdca3803ce994504eb505a18ec789b990d9fcd9141d0218b
