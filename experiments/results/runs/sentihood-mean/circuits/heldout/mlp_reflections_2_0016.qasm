// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6419159841199489) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 de425d79d31b73002338b7420de40f9f5e2148f04c45ab66e0a336c7e5f41c19
