// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.363047668281966) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fe83aad176c34de32ce57b4a510af1e42e3bbae496b7ad6bd1ada9be9556224b
