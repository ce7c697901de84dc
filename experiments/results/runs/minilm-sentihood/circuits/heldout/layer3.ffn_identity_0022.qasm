// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9096794244198935) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 41f859dec25e4776979ef4d13cfea73999909085ddf9d82add86d24ad1ccc06b
