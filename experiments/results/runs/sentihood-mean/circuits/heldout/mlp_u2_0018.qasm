// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.423107574203465) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 362993a2e83c5f888abb2f0578afd1ee4dde5dac54257fdbe7b10f6213c4bc43
