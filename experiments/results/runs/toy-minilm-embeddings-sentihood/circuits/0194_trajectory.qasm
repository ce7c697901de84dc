// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0038420511772697) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 42d112fab623a9bb272ba322e416089bbbd906de9127306f6ecfa38a89ce1d28
