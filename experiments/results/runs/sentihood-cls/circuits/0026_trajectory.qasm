// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.748700840813284) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 98d76ec68aeefad0c270ea6a699acef60f80b67244320e7d4192d6f74eb45e6b
