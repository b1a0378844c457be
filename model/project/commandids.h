#pragma once

// QUndoCommand::id() values of the commands that merge with their predecessor. Continuous
// edits (keyboard nudges, a spin box walking through drive counts) become one undo step.
enum CommandId : int {
    NudgePlacementsCommandId = 1001,
    SetConfigurationCommandId,
    EditWorkloadCommandId,
};
