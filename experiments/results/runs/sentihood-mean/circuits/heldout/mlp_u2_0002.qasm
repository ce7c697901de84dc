// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7681376386230108) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 856b4cc76067a720e1c96a376941f7934ed4f020302dd139a58864574a617849
