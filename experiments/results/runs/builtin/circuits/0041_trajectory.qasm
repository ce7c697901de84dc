// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.42019356888054693) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 38e94a93028e5902ac003c966178d6538e4bf93f068417912ef741594d49e2c3
